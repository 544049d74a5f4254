package congkhai.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeViewTest {

    @Test
    void commitMessagesLoseControlAndBidirectionalCharacters() {
        assertEquals("Sửa số hiệu 12/QĐ-UBND[31m", ChangeView.printable("Sửa số hiệu\u0000 12/QĐ-\u202eUBND\u001b[31m"));
        assertEquals("Thêm\tkế hoạch", ChangeView.printable("Thêm\tkế hoạch"));
    }
}
