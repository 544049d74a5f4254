<#include "header.ftl">
<h1>Chủ đề</h1>
<ul><#list tags as tag><li><a href="${content.rootpath!''}${tag.uri}">${tag.name}</a> (${tag.tagged_posts?size} văn bản)</li></#list></ul>
<#include "footer.ftl">
