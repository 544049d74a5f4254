<#include "header.ftl">
<#include "doclist.ftl">
<h1>Chủ đề: ${tag}</h1>
<@docs items=tag_posts/>
<#include "footer.ftl">
