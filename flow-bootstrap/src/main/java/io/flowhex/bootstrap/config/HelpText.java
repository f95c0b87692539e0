package io.flowhex.bootstrap.config;

/** The {@code --help} text: usage, then every setting with its flag, variable and default. */
public final class HelpText {

    private HelpText() {
    }

    public static String render() {
        StringBuilder text = new StringBuilder()
                .append("flow-server: a local CAMS (2020-06-06) flow API endpoint\n\n")
                .append("usage:\n")
                .append("  java -jar flow-server.jar [options]                  start the server\n")
                .append("  java -jar flow-server.jar call --endpoint URL --access-key-id ID --access-key-secret SECRET\n")
                .append("                            [--signature v3|v1] Action Name=Value...   call it, signed\n")
                .append("  java -jar flow-server.jar call --help                every action and its parameters\n")
                .append("  java -jar flow-server.jar --help                     this text\n\n")
                .append("options (flag > environment variable > --config file > default):\n");
        for (Setting setting : Setting.values()) {
            text.append(String.format("  %-38s %-38s %s%n", setting.flag() + " VALUE", setting.environmentVariable(),
                    setting.description()));
            text.append(String.format("  %-38s %-38s default: %s%n", "", "",
                    setting.defaultValue().isEmpty() ? "(none)" : setting.defaultValue()));
        }
        return text.toString();
    }
}
