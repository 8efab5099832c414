package com.mitpo.account.web;

import com.mitpo.account.boundary.CurrentSession;
import com.mitpo.account.boundary.DataInventory;
import com.mitpo.account.boundary.WorkspaceData;
import com.mitpo.account.boundary.Workspaces;
import com.mitpo.account.entity.WorkspaceRole;
import com.mitpo.account.boundary.ExportContribution;
import com.mitpo.platform.retention.PurgeReceipts;
import com.mitpo.platform.text.Sizes;
import com.mitpo.platform.text.Times;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * workspace/data.xhtml: what this workspace keeps and where, which AI providers have seen which
 * kinds of its input, what leaves when, and the receipts of what has left. Owners and admins only.
 */
@Named
@ViewScoped
public class WorkspaceDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the "what is stored" table. */
    public record StoredRow(String category, long items, String size, String place) implements Serializable {
        public String getCategory() {
            return category;
        }

        public long getItems() {
            return items;
        }

        public String getSize() {
            return size;
        }

        public String getPlace() {
            return place;
        }
    }

    /** A line of the AI providers table. */
    public record ProviderRow(String provider, String model, String modality, String purpose, long calls,
            String lastCall, boolean offline) implements Serializable {
        public String getProvider() {
            return provider;
        }

        public String getModel() {
            return model;
        }

        public String getModality() {
            return modality;
        }

        public String getPurpose() {
            return purpose;
        }

        public long getCalls() {
            return calls;
        }

        public String getLastCall() {
            return lastCall;
        }

        public boolean isOffline() {
            return offline;
        }
    }

    /** A countdown or a receipt, as shown. */
    public record DatedRow(String when, String what, String rule, int rows, int objects, String size)
            implements Serializable {
        public String getWhen() {
            return when;
        }

        public String getWhat() {
            return what;
        }

        public String getRule() {
            return rule;
        }

        public int getRows() {
            return rows;
        }

        public int getObjects() {
            return objects;
        }

        public String getSize() {
            return size;
        }
    }

    @Inject
    WorkspaceData data;

    @Inject
    Workspaces workspaces;

    @Inject
    CurrentSession current;

    private boolean allowed;
    private List<StoredRow> stored = List.of();
    private List<ProviderRow> providers = List.of();
    private List<DatedRow> countdowns = List.of();
    private List<DatedRow> receipts = List.of();

    @PostConstruct
    void load() {
        WorkspaceRole role = workspaces.roleOf(current.require()).orElse(WorkspaceRole.MEMBER);
        allowed = role == WorkspaceRole.OWNER || role == WorkspaceRole.ADMIN;
        if (!allowed) {
            return;
        }
        DataInventory inventory = data.inventory();
        stored = inventory.lines().stream().map(l -> new StoredRow(l.category(), l.items(),
                l.bytes() < 0 ? "—" : Sizes.shown(l.bytes()), "data.where." + l.place().name().toLowerCase(Locale.ROOT)))
                .toList();
        countdowns = inventory.countdowns().stream().map(c -> new DatedRow(Times.shown(c.leavesAt()), c.what(), c.rule(),
                0, 0, "")).toList();
        providers = data.aiUsage().stream().map(u -> new ProviderRow(u.provider(), u.model(), u.modality(), u.purpose(),
                u.calls(), Times.shown(u.lastCall()), "local".equals(u.provider()))).toList();
        receipts = data.receipts().stream().map(r -> new DatedRow(Times.shown(r.createdAt()), r.summary(), r.action(),
                r.rows(), r.objects(), Sizes.shown(r.bytes()))).toList();
    }

    /** Every receipt of this workspace as one JSON file. */
    public void downloadReceipts() throws IOException {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (PurgeReceipts.Receipt r : data.receipts()) {
            all.add(Json.createObjectBuilder().add("id", r.id().toString()).add("action", r.action())
                    .add("summary", r.summary()).add("rowsRemoved", r.rows()).add("objectsRemoved", r.objects())
                    .add("bytesRemoved", r.bytes()).add("at", r.createdAt().toString())
                    .add("details", Json.createReader(new StringReader(r.details())).readArray()));
        }
        Faces.sendFile(ExportContribution.json(all.build()), "mitpo-purge-receipts.json", true);
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<StoredRow> getStored() {
        return stored;
    }

    public List<ProviderRow> getProviders() {
        return providers;
    }

    public List<DatedRow> getCountdowns() {
        return countdowns;
    }

    public List<DatedRow> getReceipts() {
        return receipts;
    }
}
