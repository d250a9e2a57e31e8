package io.eventwire.ingest.publish;

import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.RawArticle;

/** Where ingest sends what it read: articles and dead letters. */
public interface ArticleTarget extends AutoCloseable {

    void article(RawArticle article);

    void deadLetter(String key, DeadLetter deadLetter);

    /** Blocks until everything sent so far is acknowledged; throws if any send failed. */
    void flush();

    @Override
    void close();
}
