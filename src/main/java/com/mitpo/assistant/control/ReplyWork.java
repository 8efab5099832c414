package com.mitpo.assistant.control;

import com.mitpo.platform.ai.AiModels;
import com.mitpo.platform.ai.Attribution;
import com.mitpo.platform.ai.CatalogModel;
import com.mitpo.platform.ai.ProviderFailure;
import com.mitpo.platform.persistence.Actor;
import com.mitpo.platform.work.WorkHandler;
import com.mitpo.platform.work.WorkLease;
import com.mitpo.platform.work.WorkOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A reply's way from asked to answered, as work of the engine: read the thread, gather the
 * sources, stream the model's answer into the reply's row piece by piece, then keep only real
 * citations and propose memory. A reply whose node died after it began to appear cannot be picked
 * up in the middle of a sentence: the worker that takes it over ends it as interrupted, with what
 * it said kept and its credits given back. One that had not begun is simply written again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplyWork implements WorkHandler {

    public static final String KIND = "assistant-reply";
    /** The user pressed stop: the reply ends with what it said so far (and is paid for). */
    public static final String STOPPED = "STOPPED";
    public static final String INTERRUPTED = "INTERRUPTED";
    static final String WRITING = "writing";

    private static final Logger LOG = Logger.getLogger(ReplyWork.class.getName());

    @Inject
    ReplySteps steps;

    @Inject
    AiModels ai;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public WorkOutcome perform(WorkLease lease) {
        Actor who = lease.actor();
        UUID replyId = lease.subjectId();
        Optional<ReplySteps.Job> found = steps.begin(who, replyId);
        if (found.isEmpty()) {
            return WorkOutcome.gone();
        }
        ReplySteps.Job job = found.get();
        if (lease.attempt() > 1 && !job.body().isEmpty()) {
            return WorkOutcome.failed(INTERRUPTED);
        }
        Optional<CatalogModel> model = steps.model(who, job.modelId());
        if (model.isEmpty()) {
            return WorkOutcome.failed("MODEL_UNAVAILABLE");
        }
        Grounding grounding = steps.ground(who, replyId, job.brandId(), job.question());
        if (!lease.progress(10, WRITING)) {
            return WorkOutcome.gone();
        }
        var writer = new ReplyWriter(steps, who, replyId, lease, clock);
        try {
            ai.stream(Attribution.of(who, "assistant-reply"), model.get(),
                    AssistantPrompt.conversation(grounding.brandName(), grounding.voice(), grounding.sources(),
                            job.history(), job.question()), writer::accept);
        } catch (ProviderFailure failure) {
            writer.flush();
            LOG.warning(() -> "assistant reply " + replyId + ": " + failure.getMessage());
            return WorkOutcome.failed("PROVIDER_FAILED", failure.getMessage());
        }
        writer.flush();
        if (writer.go() == ReplySteps.Go.GONE) {
            return WorkOutcome.gone();
        }
        steps.finish(who, replyId, job.questionId(), grounding.labels());
        return writer.go() == ReplySteps.Go.STOP ? new WorkOutcome(true, STOPPED, List.of()) : WorkOutcome.done();
    }

    /** Keeps what the reply said and gives its credits back (the page words why). */
    @Override
    public void failed(Actor who, UUID replyId, WorkOutcome outcome) {
        steps.failed(who, replyId);
    }
}
