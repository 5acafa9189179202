package org.ejournal.ui.school.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A fake service for view tests: answers the methods given by name, records every call ("name args"),
 * and fails a test that reaches a method it did not expect.
 */
final class Fake<T> {
    final List<String> calls = new ArrayList<>();
    final Map<String, Function<Object[], Object>> answers = new HashMap<>();
    final T service;

    Fake(Class<T> type) {
        service = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object[] a = args == null ? new Object[0] : args;
            switch (method.getName()) {
                case "toString":
                    return "fake " + type.getSimpleName();
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == a[0];
                default:
                    break;
            }
            // The actor (first argument) is left out of the record.
            calls.add(method.getName() + " " + Arrays.toString(Arrays.copyOfRange(a, Math.min(1, a.length), a.length)));
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new AssertionError("unexpected call " + method.getName());
            }
            return answer.apply(a);
        }));
    }

    Fake<T> on(String method, Function<Object[], Object> answer) {
        answers.put(method, answer);
        return this;
    }

    long count(String method) {
        return calls.stream().filter(c -> c.startsWith(method + " ")).count();
    }

    String last(String method) {
        return calls.stream().filter(c -> c.startsWith(method + " ")).reduce((x, y) -> y).orElse(null);
    }
}
