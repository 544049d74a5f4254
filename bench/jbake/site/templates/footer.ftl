</main>
<footer>Cổng công khai thông tin tỉnh Lạng Sơn (dữ liệu thử)</footer>
</body>
</html>
