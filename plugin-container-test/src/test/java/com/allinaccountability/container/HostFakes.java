package com.allinaccountability.container;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Fake host services: a proxy of the host's interface that answers the methods a test names and gives every other
 * method a neutral answer (false, 0, empty, null), or - for fluent setters - itself. Only what the plugins' start-up
 * and the rendered scenarios touch is answered; this is the host's side, not Atlassian's behaviour.
 */
final class HostFakes {
    private HostFakes() {}

    static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        Map<String, Function<Object[], Object>> byName = new HashMap<>(answers);
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Object[] arguments = args == null ? new Object[0] : args;
            switch (method.getName()) {
                case "toString":
                    if (arguments.length == 0) {
                        return "fake " + type.getSimpleName();
                    }
                    break;
                case "hashCode":
                    if (arguments.length == 0) {
                        return System.identityHashCode(self);
                    }
                    break;
                case "equals":
                    if (arguments.length == 1) {
                        return self == arguments[0];
                    }
                    break;
                default:
                    break;
            }
            Function<Object[], Object> answer = byName.get(method.getName());
            if (answer != null) {
                return answer.apply(arguments);
            }
            return neutral(method, self);
        });
        return type.cast(proxy);
    }

    static <T> T of(Class<T> type) {
        return of(type, Map.of());
    }

    /** Calls {@code name} on {@code target} with the arguments, unwrapping the target's own exception. */
    static Object call(Object target, String name, Object... args) {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                try {
                    method.setAccessible(true);
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no " + name + "/" + args.length);
    }

    private static Object neutral(Method method, Object self) {
        Class<?> returns = method.getReturnType();
        if (returns == void.class) {
            return null;
        }
        if (returns == boolean.class) {
            return false;
        }
        if (returns == int.class || returns == long.class || returns == short.class || returns == byte.class) {
            return returns == long.class ? (Object) 0L : returns == int.class ? (Object) 0
                    : returns == short.class ? (Object) (short) 0 : (Object) (byte) 0;
        }
        if (returns == double.class || returns == float.class) {
            return returns == double.class ? (Object) 0d : (Object) 0f;
        }
        if (returns == char.class) {
            return '\0';
        }
        if (returns.isInstance(self)) {
            return self;
        }
        if (returns == Optional.class) {
            return Optional.empty();
        }
        if (returns == List.class || returns == Collection.class || returns == Iterable.class) {
            return List.of();
        }
        if (returns == Set.class) {
            return Set.of();
        }
        if (returns == Map.class) {
            return Map.of();
        }
        return null;
    }
}
