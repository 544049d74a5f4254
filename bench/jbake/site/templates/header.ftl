<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if content?? && content.title??>${content.title} | </#if>Cổng công khai thông tin tỉnh Lạng Sơn (dữ liệu thử)</title>
</head>
<body>
<header><a href="${content.rootpath!''}index.html">Cổng công khai thông tin tỉnh Lạng Sơn (dữ liệu thử)</a>
<nav><a href="${content.rootpath!''}archive.html">Văn bản</a> <a href="${content.rootpath!''}tags/index.html">Chủ đề</a></nav></header>
<main>
