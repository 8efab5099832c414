package com.mitpo.account.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The contribution point of a workspace's data page: fired inside a transaction acting as the
 * workspace and observed by every feature that keeps data there. Each says what it stores
 * (counts and sizes per category, and where) and what is due to leave when.
 */
public final class DataInventory {

    /** Where a category lives. */
    public enum Place { DATABASE, BUCKET }

    /** {@code category} is an i18n key ("data.category.brands"). */
    public record Line(String category, long items, long bytes, Place place) {
    }

    /** Something that leaves on its own: {@code what} names it, {@code rule} is an i18n key. */
    public record Countdown(String what, Instant leavesAt, String rule) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Countdown> countdowns = new ArrayList<>();

    public void stored(String category, long items, long bytes, Place place) {
        lines.add(new Line(category, items, bytes, place));
    }

    public void leaves(String what, Instant leavesAt, String rule) {
        countdowns.add(new Countdown(what, leavesAt, rule));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Soonest first. */
    public List<Countdown> countdowns() {
        return countdowns.stream().sorted(Comparator.comparing(Countdown::leavesAt)).toList();
    }
}
