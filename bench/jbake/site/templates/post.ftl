<#include "header.ftl">
<#include "doclist.ftl">
<article>
<h1>${content.title}</h1>
<dl>
<dt>Số ký hiệu</dt><dd><#if content.number?has_content>${content.number}<#else>Chưa có số</#if></dd>
<dt>Ngày ban hành</dt><dd>${content.date?string("dd/MM/yyyy")}</dd>
<dt>Cơ quan ban hành</dt><dd>${content.issuer}</dd>
<dt>Người ký</dt><dd>${content.signer}</dd>
<dt>Chủ đề</dt><dd><#list content.tags as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a> </#list></dd>
</dl>
<#if content.refs?has_content><section><h2>Căn cứ, dẫn chiếu</h2><ul>
<#list content.refs?split(";") as ref><li>${ref}</li></#list>
</ul></section></#if>
<#if content.tasks?has_content><section><h2>Nhiệm vụ</h2><ol>
<#list content.tasks?split(";;") as task><#assign f = task?split("|")>
<li id="${f[0]}"><strong>${f[1]}</strong><br>Chủ trì: ${f[2]}<#if f[3]?has_content>; phối hợp: ${f[3]}</#if><br>
Thời hạn: <#if f[4]?has_content>${f[4]}<#else>Không ấn định (thường xuyên)</#if><br>
Tình trạng: <#if f[5]?has_content>${f[5]}<#else>Chưa có báo cáo</#if></li>
</#list></ol></section></#if>
<section><h2>Toàn văn</h2>${content.body}</section>
</article>
<#include "footer.ftl">
