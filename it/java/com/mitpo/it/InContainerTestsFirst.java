package com.mitpo.it;

import java.lang.reflect.Method;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that run inside the server first, then the rest, each group by name.
 * Their deployment carries Arquillian's runner on top of the run's WAR, so the server booted for
 * the first of them serves every later class too ({@link OnePayaraPerRun}); the other way round,
 * the first in-container class would boot a second server.
 */
public class InContainerTestsFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> !runsInContainer(descriptor.getTestClass()))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static boolean runsInContainer(Class<?> testClass) {
        for (Method method : testClass.getDeclaredMethods()) {
            Deployment deployment = method.getAnnotation(Deployment.class);
            if (deployment != null) {
                return deployment.testable();
            }
        }
        return false;
    }
}
