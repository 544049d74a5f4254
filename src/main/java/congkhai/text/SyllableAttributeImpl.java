package congkhai.text;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Lucene finds an attribute's implementation by this name, the interface's and "Impl". */
public final class SyllableAttributeImpl extends AttributeImpl implements SyllableAttribute {

    private Token token;

    @Override
    public Token token() {
        return token;
    }

    @Override
    public void setToken(Token token) {
        this.token = token;
    }

    @Override
    public void clear() {
        token = null;
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((SyllableAttribute) target).setToken(token);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(SyllableAttribute.class, "token", token);
    }
}
