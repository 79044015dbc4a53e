package ai.smiling4j.runner;

import ai.smiling4j.api.plugin.PluginKind;
import ai.smiling4j.api.plugin.PluginProvider;
import ai.smiling4j.api.plugin.Suggestions;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every plugin provider the runner can see, found once with {@link ServiceLoader}: those on the
 * module path or class path the runner was started with, plus the jars in a plugins folder. When
 * the runner runs as a named module, the plugin jars become a module layer of their own (a jar
 * without module-info is an automatic module); otherwise they are added through a class loader.
 * Two providers of one kind with one name are an error naming both; an unknown name is an error
 * listing the known ones.
 */
public final class PluginRegistry {
    private final Map<PluginKind<?>, Map<String, PluginProvider>> providers;

    private PluginRegistry(Map<PluginKind<?>, Map<String, PluginProvider>> providers) {
        this.providers = providers;
    }

    /**
     * Finds every provider.
     *
     * @param pluginsDirectory a folder of extra plugin jars; may be absent
     * @throws UserError on duplicate names or a plugin jar that cannot be loaded
     */
    public static PluginRegistry discover(Path pluginsDirectory) {
        List<Path> jars = pluginJars(pluginsDirectory);
        Map<PluginKind<?>, Map<String, PluginProvider>> all = new LinkedHashMap<>();
        ClassLoader loader = PluginRegistry.class.getModule().isNamed()
                ? layerLoader(jars, pluginsDirectory) : classLoader(jars);
        for (PluginKind<?> kind : PluginKind.all()) {
            all.put(kind, collect(kind, ServiceLoader.load(kind.provider(), loader), pluginsDirectory));
        }
        return new PluginRegistry(all);
    }

    /** The provider of the given kind and name. */
    public <P extends PluginProvider> P provider(PluginKind<P> kind, String name) {
        PluginProvider p = providers.get(kind).get(name);
        if (p == null) {
            Set<String> known = providers.get(kind).keySet();
            String hint = Suggestions.closest(name, known);
            throw new UserError("unknown " + kind.label() + " '" + name + "'"
                    + (hint == null ? "" : "; did you mean '" + hint + "'?")
                    + (known.isEmpty() ? "; no " + kind.label() + " plugin is installed"
                    : "; known: " + String.join(", ", known)));
        }
        return kind.provider().cast(p);
    }

    /** Every provider of a kind, sorted by name. */
    public <P extends PluginProvider> List<P> providers(PluginKind<P> kind) {
        return providers.get(kind).values().stream().map(kind.provider()::cast).toList();
    }

    /** Every provider with the given name, of any kind. */
    public List<Map.Entry<PluginKind<?>, PluginProvider>> named(String name) {
        List<Map.Entry<PluginKind<?>, PluginProvider>> out = new ArrayList<>();
        providers.forEach((kind, byName) -> {
            if (byName.containsKey(name)) {
                out.add(Map.entry(kind, byName.get(name)));
            }
        });
        return out;
    }

    /** Every plugin name of every kind. */
    public Set<String> allNames() {
        return providers.values().stream().flatMap(m -> m.keySet().stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Map<String, PluginProvider> collect(PluginKind<?> kind, ServiceLoader<? extends PluginProvider> loader,
                                                       Path pluginsDirectory) {
        Map<String, PluginProvider> byName = new TreeMap<>();
        try {
            for (PluginProvider p : loader) {
                PluginProvider previous = byName.putIfAbsent(p.name(), p);
                if (previous != null && previous.getClass() != p.getClass()) {
                    throw new UserError("two " + kind.label() + " plugins are named '" + p.name() + "': "
                            + origin(previous) + " and " + origin(p) + "; remove one of them");
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new UserError("a " + kind.label() + " plugin could not be loaded"
                    + (pluginsDirectory == null ? "" : " (plugins folder " + pluginsDirectory + ")") + ": "
                    + rootMessage(e), e);
        }
        return Collections.unmodifiableMap(byName);
    }

    private static String origin(PluginProvider p) {
        Class<?> c = p.getClass();
        Module m = c.getModule();
        var source = c.getProtectionDomain().getCodeSource();
        String where = source == null ? (m.isNamed() ? "module " + m.getName() : "unknown location")
                : Path.of(source.getLocation().getPath()).getFileName().toString();
        return c.getName() + " (" + where + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static List<Path> pluginJars(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UserError("cannot read the plugins folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The loader to search: the system loader (the boot layer's named modules and the class
     * path), or the loader of a layer of the plugin jars, which reaches all of those too.
     */
    private static ClassLoader layerLoader(List<Path> jars, Path dir) {
        if (jars.isEmpty()) {
            return ClassLoader.getSystemClassLoader();
        }
        ModuleLayer layer = pluginLayer(jars, dir);
        return layer.modules().stream().findFirst().map(m -> layer.findLoader(m.getName()))
                .orElse(ClassLoader.getSystemClassLoader());
    }

    private static ModuleLayer pluginLayer(List<Path> jars, Path dir) {
        try {
            ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
            Set<String> roots = finder.findAll().stream().map(r -> r.descriptor().name())
                    .filter(n -> ModuleLayer.boot().findModule(n).isEmpty())
                    .collect(Collectors.toSet());
            Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), roots);
            return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
        } catch (FindException | java.lang.module.ResolutionException | LayerInstantiationException e) {
            throw new UserError("the plugin jars in " + dir + " cannot be loaded: " + rootMessage(e), e);
        }
    }

    private static ClassLoader classLoader(List<Path> jars) {
        ClassLoader parent = PluginRegistry.class.getClassLoader();
        if (jars.isEmpty()) {
            return parent;
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UserError("cannot use plugin jar " + jars.get(i) + ": " + e.getMessage(), e);
            }
        }
        return new URLClassLoader("smiling4j-plugins", urls, parent);
    }
}
