<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Cổng công khai thông tin tỉnh Lạng Sơn (dữ liệu thử)</title>
<id>${config.site_host}/</id>
<updated>${published_date?string("yyyy-MM-dd'T'HH:mm:ssXXX")}</updated>
<#list published_posts as post><#if (post?index >= 50)><#break></#if>
<entry><title>${post.title?xml}</title><id>${config.site_host}/${post.uri}</id><link href="${config.site_host}/${post.uri}"/>
<updated>${post.date?string("yyyy-MM-dd'T'HH:mm:ssXXX")}</updated></entry>
</#list>
</feed>
