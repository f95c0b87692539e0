package io.flowhex.bootstrap.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The text value of every setting after layering, highest first: command-line flag, environment
 * variable, properties file, default. Unknown flags and keys are errors, so a typo never silently
 * falls back to a default.
 */
public final class RawSettings {

    private final Map<Setting, String> values;
    /** The settings whose value came from the properties file, and that file: errors about them name both. */
    private final Map<Setting, Path> fromFile;
    private final List<String> positional;

    private RawSettings(Map<Setting, String> values, Map<Setting, Path> fromFile, List<String> positional) {
        this.values = values;
        this.fromFile = fromFile;
        this.positional = List.copyOf(positional);
    }

    public static RawSettings resolve(List<String> args, Map<String, String> environment) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            Setting setting = Setting.byKey(name).orElseThrow(() -> unknown("option --" + name, name));
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw SettingsException.invalid(setting, "needs a value");
            }
            flags.put(setting, value);
        }
        for (String old : Setting.renamedKeys()) {
            String variable = "FLOWHEX_" + old.replace('-', '_').toUpperCase(Locale.ROOT);
            if (environment.containsKey(variable)) {
                throw unknown("environment variable " + variable, old);
            }
        }
        Map<Setting, String> merged = new EnumMap<>(Setting.class);
        Map<Setting, Path> fromFile = new EnumMap<>(Setting.class);
        String configFile = flags.getOrDefault(Setting.CONFIG, environment.getOrDefault(Setting.CONFIG.environmentVariable(), ""));
        Map<Setting, String> file = configFile.isBlank() ? Map.of() : readProperties(Path.of(configFile));
        for (Setting setting : Setting.values()) {
            String value = flags.get(setting);
            if (value == null) {
                value = environment.get(setting.environmentVariable());
            }
            if (value == null) {
                value = file.get(setting);
                if (value != null) {
                    fromFile.put(setting, Path.of(configFile));
                }
            }
            merged.put(setting, value == null ? setting.defaultValue() : value.strip());
        }
        return new RawSettings(merged, fromFile, positional);
    }

    /**
     * A setting's value that stops the start: the message names the properties file and key when the
     * value came from {@code --config}, the flag and variable otherwise, and never a secret value.
     */
    public SettingsException invalid(Setting setting, String problem) {
        Path file = fromFile.get(setting);
        if (file == null) {
            return SettingsException.invalid(setting, problem);
        }
        return new SettingsException("invalid setting '" + setting.key() + "' in " + file + " (" + Setting.CONFIG.flag()
                + "): " + problem);
    }

    public String get(Setting setting) {
        return values.get(setting);
    }

    /** Arguments that are not options, e.g. the subcommand. */
    public List<String> positional() {
        return positional;
    }

    /** Unknown, with a pointer to the new name when the key was renamed. */
    private static SettingsException unknown(String what, String key) {
        return new SettingsException(Setting.renamedFrom(key)
                .map(now -> what + " was renamed: use " + now.flag() + " (" + now.environmentVariable() + ")")
                .orElse("unknown " + what + " (see --help)"));
    }

    private static Map<Setting, String> readProperties(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw SettingsException.invalid(Setting.CONFIG, "cannot read properties file " + path);
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (String key : properties.stringPropertyNames()) {
            Setting setting = Setting.byKey(key).orElseThrow(() -> Setting.renamedFrom(key).isPresent()
                    ? unknown("key '" + key + "' in " + path, key)
                    : SettingsException.invalid(Setting.CONFIG, "unknown key '" + key + "' in " + path));
            values.put(setting, properties.getProperty(key));
        }
        return values;
    }
}
