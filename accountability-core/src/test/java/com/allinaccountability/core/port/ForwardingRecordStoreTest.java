package com.allinaccountability.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingRecordStoreTest {

    /**
     * A method added to the port later must be forwarded too, not fall back to its default around the decorator.
     * {@code loadOrEmpty} is the one convenience built on {@code load} alone, which is forwarded.
     */
    @Test
    void every_method_of_the_port_is_forwarded() {
        List<String> notForwarded = Arrays.stream(RecordStore.class.getMethods())
                .filter(method -> !method.isSynthetic() && !java.lang.reflect.Modifier.isStatic(method.getModifiers()))
                .filter(method -> !method.getName().equals("loadOrEmpty"))
                .filter(method -> !declaredBy(method))
                .map(Method::getName)
                .toList();

        assertThat(notForwarded).isEmpty();
    }

    private static boolean declaredBy(Method method) {
        try {
            ForwardingRecordStore.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
