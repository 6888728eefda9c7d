package com.atlassian.templaterenderer;

// Checked against: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html (1.5.2; thrown by render)
// Superclass and constructors UNCONFIRMED: ASSUMED unchecked (RuntimeException). Catch it explicitly around
// render(). Exception constructors delegate to the JDK superclass (no Atlassian behaviour) so adapters can throw
// and tests can assert them.
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
