<#macro docs items>
<ul class="docs">
<#list items as post><li><a href="${content.rootpath!''}${post.uri}"><#if post.number?has_content>${post.number}: </#if>${post.title}</a>
<span>${post.date?string("dd/MM/yyyy")} · ${post.issuer}</span></li>
</#list>
</ul>
</#macro>
