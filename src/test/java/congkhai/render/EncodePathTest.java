package congkhai.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class EncodePathTest {

    @Test
    void aSlugPathIsItselfAndTheRestIsPercentEncoded() {
        String slug = "loai/ke-hoach/trang-2/#muc-1";
        assertSame(slug, TemplateEngine.encodePath(slug));
        assertEquals("dinh-kem/B%C3%A1o%20c%C3%A1o%20%25.pdf#Mục", TemplateEngine.encodePath("dinh-kem/Báo cáo %.pdf#Mục"));
        assertEquals("a%22b%3Cc%3E", TemplateEngine.encodePath("a\"b<c>"));
        assertEquals("-._~!$&'()*+,;=:@/", TemplateEngine.encodePath("-._~!$&'()*+,;=:@/"));
        assertEquals("", TemplateEngine.encodePath(""));
    }
}
