package org.scrutineer.report;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A PDF checked against PDF/UA-1 by veraPDF: the rules it fails, each with how often and one example. veraPDF is
 * loaded from {@code target/verapdf} (copied there by the build) in a class loader of its own, because it needs the
 * javax JAXB that cannot share a class path with the engine's Jakarta one; so it is called by reflection.
 */
final class PdfUa {

    private static final ClassLoader VERAPDF = loader();

    private PdfUa() {
    }

    /** @return failed rule ("7.1-3") to "count × description (first context)"; empty when it conforms */
    static Map<String, String> failedRules(byte[] pdf) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(VERAPDF); // JAXB finds its implementation through it
        try {
            return validate(pdf);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static Map<String, String> validate(byte[] pdf) throws Exception {
        Class<?> flavours = VERAPDF.loadClass("org.verapdf.pdfa.flavours.PDFAFlavour");
        Object pdfUa1 = flavours.getField("PDFUA_1").get(null);
        Class<?> foundryType = VERAPDF.loadClass("org.verapdf.pdfa.VeraPDFFoundry");
        Class<?> parserType = VERAPDF.loadClass("org.verapdf.pdfa.PDFAParser");
        Class<?> validatorType = VERAPDF.loadClass("org.verapdf.pdfa.PDFAValidator");
        Object foundry = VERAPDF.loadClass("org.verapdf.pdfa.Foundries").getMethod("defaultInstance").invoke(null);
        try (AutoCloseable parser = (AutoCloseable) foundryType.getMethod("createParser", InputStream.class, flavours)
                .invoke(foundry, new ByteArrayInputStream(pdf), pdfUa1);
             AutoCloseable validator = (AutoCloseable) foundryType.getMethod("createValidator", flavours, boolean.class)
                     .invoke(foundry, pdfUa1, false)) {
            Object result = validatorType.getMethod("validate", parserType).invoke(validator, parser);
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> examples = new TreeMap<>();
            for (Object assertion : (Iterable<?>) call(result, "getTestAssertions")) {
                if (!"FAILED".equals(((Enum<?>) call(assertion, "getStatus")).name())) {
                    continue;
                }
                Object rule = call(assertion, "getRuleId");
                String id = call(rule, "getClause") + "-" + call(rule, "getTestNumber");
                counts.merge(id, 1, Integer::sum);
                examples.putIfAbsent(id, call(assertion, "getMessage") + " (" + call(call(assertion, "getLocation"), "getContext") + ")");
            }
            Map<String, String> failed = new TreeMap<>();
            examples.forEach((id, example) -> failed.put(id, counts.get(id) + " × " + example));
            return failed;
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method getter = publicMethod(target.getClass(), method);
        return getter.invoke(target);
    }

    /** The method as a public interface or class declares it: the implementations are often not public. */
    private static Method publicMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> face : c.getInterfaces()) {
                try {
                    return face.getMethod(name);
                } catch (NoSuchMethodException ignored) {
                    // look further
                }
            }
            if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                try {
                    return c.getMethod(name);
                } catch (NoSuchMethodException ignored) {
                    // look further
                }
            }
        }
        throw new NoSuchMethodException(type + "." + name);
    }

    private static ClassLoader loader() {
        File[] jars = new File("target/verapdf").listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("veraPDF is not in target/verapdf: run the build's generate-test-resources phase");
        }
        URL[] urls = Arrays.stream(jars).map(PdfUa::url).toArray(URL[]::new);
        ClassLoader loader = new URLClassLoader("verapdf", urls, ClassLoader.getPlatformClassLoader());
        try {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader); // JAXB finds its implementation through it
            try {
                loader.loadClass("org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider").getMethod("initialise").invoke(null);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start veraPDF", e);
        }
        return loader;
    }

    private static URL url(File jar) {
        try {
            return jar.toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
