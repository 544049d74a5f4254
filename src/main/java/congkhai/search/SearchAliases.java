package congkhai.search;

import congkhai.model.Agency;
import congkhai.text.Token;
import congkhai.text.Tokens;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that mean the same to a reader: the abbreviations offices write ("GPMB", "KT-XH") with
 * their full wording, and each agency's name with its id and the aliases site-config.yml gives it.
 * A query that names one of these finds every form of it (see {@link SearchQuery}). The table
 * travels with the index (Lucene's commit data and search/index.json.gz), so the command line, the
 * server and the browser expand a query alike.
 */
public final class SearchAliases {

    /** Abbreviations common to Vietnamese administrative writing: each line is one meaning, its forms. */
    public static final List<List<String>> BUILT_IN = List.of(
            List.of("UBND", "Ủy ban nhân dân"),
            List.of("HĐND", "Hội đồng nhân dân"),
            List.of("BCĐ", "Ban Chỉ đạo"),
            List.of("NTM", "nông thôn mới"),
            List.of("TNMT", "TN&MT", "TN-MT", "tài nguyên và môi trường", "tài nguyên môi trường"),
            List.of("KHĐT", "KH&ĐT", "KH-ĐT", "kế hoạch và đầu tư"),
            List.of("GPMB", "giải phóng mặt bằng"),
            List.of("KT-XH", "KTXH", "kinh tế - xã hội", "kinh tế xã hội"),
            List.of("NN&PTNT", "NNPTNT", "nông nghiệp và phát triển nông thôn"),
            List.of("GTVT", "giao thông vận tải", "giao thông - vận tải"),
            List.of("VHTTDL", "VH-TT-DL", "văn hóa, thể thao và du lịch"),
            List.of("LĐTBXH", "LĐ-TB&XH", "lao động - thương binh và xã hội"),
            List.of("TTHC", "thủ tục hành chính"),
            List.of("CCHC", "cải cách hành chính"),
            List.of("XDCB", "xây dựng cơ bản"),
            List.of("MTTQ", "Mặt trận Tổ quốc"),
            List.of("CNTT", "công nghệ thông tin"),
            List.of("CĐS", "chuyển đổi số"),
            List.of("ATGT", "an toàn giao thông"),
            List.of("PCCC", "phòng cháy chữa cháy", "phòng cháy, chữa cháy"),
            List.of("BHXH", "bảo hiểm xã hội"),
            List.of("KCN", "khu công nghiệp"),
            List.of("HTX", "hợp tác xã"),
            List.of("NSNN", "ngân sách nhà nước"),
            List.of("QP-AN", "QPAN", "quốc phòng - an ninh", "quốc phòng, an ninh"),
            List.of("SXKD", "sản xuất kinh doanh", "sản xuất, kinh doanh"),
            List.of("TP", "thành phố"));

    /** At most this many forms of one agency after spelling out the abbreviations in its names. */
    private static final int MAX_FORMS = 12;

    private SearchAliases() {
    }

    /** The built-in list, then one line per agency: its name, its aliases, its id, and those with abbreviations spelled out. */
    public static List<List<String>> of(List<Agency> agencies) {
        List<List<String>> out = new ArrayList<>(BUILT_IN);
        for (Agency a : agencies) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(a.name());
            forms.addAll(a.aliases());
            forms.add(a.id());
            for (String f : List.copyOf(forms)) {
                for (List<String> line : BUILT_IN) {
                    for (String abbreviation : line) {
                        String spelled = replaceWord(f, abbreviation, line);
                        if (spelled != null && forms.size() < MAX_FORMS) {
                            forms.add(spelled);
                        }
                    }
                }
            }
            if (forms.size() > 1) {
                out.add(List.copyOf(forms));
            }
        }
        return out;
    }

    /** {@code form} with the whole word {@code word} replaced by the line's other first or first-after forms; null when absent. */
    private static String replaceWord(String form, String word, List<String> line) {
        List<Token> words = Tokens.of(word);
        List<Token> tokens = Tokens.of(form);
        if (words.size() != 1) {
            return null;
        }
        for (Token t : tokens) {
            if (t.folded().equals(words.get(0).folded())) {
                String other = line.get(0).equals(word) ? line.get(line.size() > 1 ? 1 : 0) : line.get(0);
                for (String candidate : line) {
                    if (Tokens.of(candidate).size() > 1) {
                        other = candidate;
                        break;
                    }
                }
                if (Tokens.of(other).size() == 1) {
                    return null;
                }
                return form.substring(0, t.start()) + other + form.substring(t.end());
            }
        }
        return null;
    }
}
