package com.atlassian.sal.api.net;

// Checked against: https://github.com/ (SAL source copy of net.CredentialsRequiredException, search-index file id 15870420164: extends ResponseException calls super(cause)/super(message)/super(message, cause))
// Exception constructors delegate to the JDK superclass (no Atlassian behaviour) so adapters can throw and tests
// can assert them.
public class ResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}
