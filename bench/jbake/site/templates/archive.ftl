<#include "header.ftl">
<#include "doclist.ftl">
<h1>Tất cả văn bản</h1>
<@docs items=published_posts/>
<#include "footer.ftl">
