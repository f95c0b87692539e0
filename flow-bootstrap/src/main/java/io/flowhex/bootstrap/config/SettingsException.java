package io.flowhex.bootstrap.config;

/** A setting that stops the start; the message names the setting (and never a secret value). */
public final class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message, null, false, false);
    }

    public static SettingsException invalid(Setting setting, String problem) {
        return new SettingsException("invalid setting " + setting.flag() + " (" + setting.environmentVariable()
                + "): " + problem);
    }
}
