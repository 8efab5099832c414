package com.mitpo.platform.ai;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A sink for streamed replies that keeps each piece and the thread it came on, and may stop early. */
public final class StreamSink implements Predicate<String> {

    private final int stopAfter;
    private final List<String> pieces = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    private StreamSink(int stopAfter) {
        this.stopAfter = stopAfter;
    }

    /** Takes every piece. */
    public static StreamSink all() {
        return new StreamSink(Integer.MAX_VALUE);
    }

    /** Takes this many pieces, answering false to the last of them. */
    public static StreamSink stopAfter(int pieces) {
        return new StreamSink(pieces);
    }

    @Override
    public boolean test(String piece) {
        pieces.add(piece);
        threads.add(Thread.currentThread());
        return pieces.size() < stopAfter;
    }

    public List<String> pieces() {
        return List.copyOf(pieces);
    }

    public String joined() {
        return String.join("", pieces);
    }

    /** True when every piece came on this thread. */
    public boolean allOn(Thread thread) {
        return threads.stream().allMatch(t -> t == thread);
    }

    /** A conversation of three turns, a system message and a source label, as a chat sends. */
    public static final Conversation CONVERSATION = new Conversation(TextTask.ANSWER,
            "Answer from these sources only. [S1] The alpine boots are waterproof to 2 m.",
            List.of(ChatTurn.user("Are the alpine boots waterproof?"), ChatTurn.assistant("Yes, they are [S1]."),
                    ChatTurn.user("Even in deep snow?")));
}
