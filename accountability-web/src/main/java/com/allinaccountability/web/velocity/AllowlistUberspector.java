package com.allinaccountability.web.velocity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Lets templates call only the methods listed in {@value #ALLOWLIST}, as Jira 10+ does with its Velocity method
 * allowlist, so a template that works here cannot fail there for calling something Jira would refuse. Entries read
 * {@code com.example.Type#method(java.lang.String)}; the Jira plugin declares the same list in its descriptor.
 */
public final class AllowlistUberspector extends UberspectImpl {
    public static final String ALLOWLIST = "templates/accountability/velocity-allowlist.txt";
    private static final Set<String> ALLOWED = load();

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method == null || method.getMethod() == null) {
            return method;
        }
        return allowed(obj.getClass(), method.getMethod()) ? method : refuse(obj, methodName, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (getter == null) {
            return null;
        }
        try {
            Method method = obj.getClass().getMethod(getter.getMethodName());
            return allowed(obj.getClass(), method) ? getter : refuse(obj, getter.getMethodName(), info);
        } catch (NoSuchMethodException e) {
            // Map.get(identifier) and the like: not one of our getters, so not allowed.
            return refuse(obj, getter.getMethodName(), info);
        }
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        return refuse(obj, "set " + identifier, info);
    }

    /** The allowlist entry of a method, in the list's format. */
    public static String entry(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(",")) + ")";
    }

    public static Set<String> allowed() {
        return ALLOWED;
    }

    private static boolean allowed(Class<?> type, Method method) {
        return ALLOWED.contains(entry(type, method));
    }

    private static <T> T refuse(Object obj, String method, Info info) {
        throw new IllegalStateException("Template " + info + " calls " + obj.getClass().getName() + "#" + method
                + ", which is not in " + ALLOWLIST + " (Jira would refuse it too).");
    }

    private static Set<String> load() {
        InputStream in = AllowlistUberspector.class.getClassLoader().getResourceAsStream(ALLOWLIST);
        if (in == null) {
            throw new IllegalStateException(ALLOWLIST + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
