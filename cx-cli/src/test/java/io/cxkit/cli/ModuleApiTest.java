package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps each library module descriptor truthful about its API: a {@code requires transitive} is there because a
 * type of that module appears in the public API of an exported package (a signature, a supertype or an
 * annotation), and a plain {@code requires} is there because none does. Users on the module path then read what
 * they need and nothing more. Reads the reactor's compiled classes by reflection.
 */
class ModuleApiTest {
    private static final List<String> LIBRARY = List.of("cx-core", "cx-metrics", "cx-metrics-tck", "cx-journey",
            "cx-text", "cx-segments", "cx-report");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");

    @Test
    void everyRequiresTransitiveIsInTheApiAndEveryPlainRequiresIsNot() throws Exception {
        Map<String, String> moduleOfPackage = modulesOfPackages();
        for (String m : LIBRARY) {
            Path classes = Path.of("..", m, "target", "classes").toAbsolutePath().normalize();
            assertThat(classes).as("compiled classes of %s (run through the reactor build)", m).isDirectory();
            ModuleDescriptor d;
            try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
                d = ModuleDescriptor.read(in);
            }
            Set<String> inApi = apiModules(d, classes, moduleOfPackage);
            for (ModuleDescriptor.Requires r : d.requires()) {
                if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED)
                        || r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    continue;
                }
                boolean transitive = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
                assertThat(inApi.contains(r.name()))
                        .as("%s requires%s %s, but its API %s a type of it", m, transitive ? " transitive" : "",
                                r.name(), transitive ? "shows no" : "shows")
                        .isEqualTo(transitive);
            }
        }
    }

    /** The modules whose types the public API of {@code d}'s exported packages names. */
    private static Set<String> apiModules(ModuleDescriptor d, Path classes, Map<String, String> moduleOfPackage)
            throws Exception {
        Set<String> names = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ModuleApiTest.class.getClassLoader())) {
            for (ModuleDescriptor.Exports e : d.exports()) {
                Path dir = classes.resolve(e.source().replace('.', '/'));
                List<Path> files;
                try (Stream<Path> s = Files.list(dir)) {
                    files = s.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
                }
                for (Path f : files) {
                    String file = f.getFileName().toString();
                    Class<?> c = Class.forName(e.source() + "." + file.substring(0, file.length() - 6), false, loader);
                    if (isVisible(c)) {
                        collect(c, names);
                    }
                }
            }
        }
        Set<String> modules = new TreeSet<>();
        for (String n : names) {
            int dot = n.lastIndexOf('.');
            String pkg = dot < 0 ? "" : n.substring(0, dot);
            String owner = moduleOfPackage.get(pkg);
            if (owner != null && !owner.equals(d.name())) {
                modules.add(owner);
            }
        }
        return modules;
    }

    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers()) && !Modifier.isProtected(k.getModifiers())) {
                return false;
            }
        }
        return !c.isSynthetic() && !c.isAnonymousClass();
    }

    private static void collect(Class<?> c, Set<String> names) {
        add(c.getGenericSuperclass(), names);
        for (Type t : c.getGenericInterfaces()) {
            add(t, names);
        }
        annotations(c, names);
        for (TypeVariable<?> v : c.getTypeParameters()) {
            for (Type b : v.getBounds()) {
                add(b, names);
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                add(f.getGenericType(), names);
                annotations(f, names);
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                add(m.getGenericReturnType(), names);
                executable(m, names);
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (visible(k.getModifiers()) && !k.isSynthetic()) {
                executable(k, names);
            }
        }
    }

    private static void executable(Executable e, Set<String> names) {
        for (Type t : e.getGenericParameterTypes()) {
            add(t, names);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            add(t, names);
        }
        for (TypeVariable<?> v : e.getTypeParameters()) {
            for (Type b : v.getBounds()) {
                add(b, names);
            }
        }
        annotations(e, names);
    }

    private static void annotations(AnnotatedElement e, Set<String> names) {
        for (var a : e.getDeclaredAnnotations()) {
            names.add(a.annotationType().getName());
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void add(Type t, Set<String> names) {
        if (t == null) {
            return;
        }
        Matcher m = TYPE_NAME.matcher(t.getTypeName());
        while (m.find()) {
            String n = m.group();
            int nested = n.indexOf('$');
            names.add(nested < 0 ? n : n.substring(0, nested));
        }
    }

    /** Every package on the test class path and in the reactor's classes, with the module it belongs to. */
    private static Map<String, String> modulesOfPackages() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (ModuleReference r : ModuleFinder.ofSystem().findAll()) {
            r.descriptor().packages().forEach(p -> owner.put(p, r.descriptor().name()));
        }
        List<Path> paths = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).collect(Collectors.toList());
        for (String m : LIBRARY) {
            paths.add(Path.of("..", m, "target", "classes").toAbsolutePath().normalize());
        }
        for (Path p : paths) {
            try {
                for (ModuleReference r : ModuleFinder.of(p).findAll()) {
                    r.descriptor().packages().forEach(pkg -> owner.putIfAbsent(pkg, r.descriptor().name()));
                }
            } catch (FindException e) {
                // A jar without a usable module name (e.g. test-classes): none of the library's API types live
                // there.
            }
        }
        return owner;
    }
}
