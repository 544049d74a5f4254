<#include "header.ftl">
<#include "doclist.ftl">
<h1>Văn bản mới</h1>
<@docs items=published_posts/>
<nav class="pager"><#if (currentPageNumber > 1)><a href="${content.rootpath!''}${previousFileName}">Trang trước</a></#if>
Trang ${currentPageNumber}/${numberOfPages}<#if (currentPageNumber < numberOfPages)> <a href="${content.rootpath!''}${nextFileName}">Trang sau</a></#if></nav>
<#include "footer.ftl">
