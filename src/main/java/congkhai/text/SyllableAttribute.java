package congkhai.text;

import org.apache.lucene.util.Attribute;

/** The token a {@link SyllableTokenizer} read, whole, for the filters after it. */
public interface SyllableAttribute extends Attribute {

    Token token();

    void setToken(Token token);
}
