package com.atlassian.applinks.api;

import java.net.URI;

// Checked against: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/class-use/CredentialsRequiredException.html (3.2)
// Checked against: https://github.com/ (applinks-api CredentialsRequiredException.java, search-index file id 37075611257: extends Exception implements AuthorisationURIGenerator)
// Exception constructors delegate to the JDK superclass (no Atlassian behaviour) so adapters can throw and tests
// can assert them.
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private static final long serialVersionUID = 1L;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
    }

    @Override
    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
