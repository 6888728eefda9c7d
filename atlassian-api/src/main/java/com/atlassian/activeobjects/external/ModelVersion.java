package com.atlassian.activeobjects.external;

// Checked against: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ModelVersion.html (2.0.1, final class implements Comparable<ModelVersion>)
public final class ModelVersion implements Comparable<ModelVersion> {
    private ModelVersion() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public boolean isOlderThan(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public boolean isNewerThan(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public boolean isSame(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public int compareTo(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
