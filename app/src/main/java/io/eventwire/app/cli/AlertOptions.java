package io.eventwire.app.cli;

import io.eventwire.sink.rules.RuleSet;
import io.eventwire.sink.webhook.RetryPolicy;
import io.eventwire.sink.webhook.WebhookClient;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Where the sink's alert rules come from and where its alerts go. */
public final class AlertOptions {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Alert rules, YAML or JSON (.json); default: the bundled rules (see the README).")
    Path rulesFile;

    @Option(names = "--webhook", paramLabel = "URL",
            description = "POST every alert as JSON to this URL (retried with backoff; dead letter after the last try).")
    URI webhook;

    /** @throws io.eventwire.sink.rules.RulesFileException naming the line and the problem */
    RuleSet rules() {
        return rulesFile == null ? RuleSet.defaults() : RuleSet.load(rulesFile);
    }

    /** @throws IllegalArgumentException for a URL that is not http(s) */
    Optional<WebhookClient> webhookClient() {
        return webhook == null ? Optional.empty() : Optional.of(new WebhookClient(webhook, RetryPolicy.defaults()));
    }
}
