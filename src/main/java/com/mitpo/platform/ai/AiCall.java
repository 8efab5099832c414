package com.mitpo.platform.ai;

import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.persistence.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Which provider and model served one call, for whom, and how it went. Never the inputs. */
@Entity
@Table(name = "ai_call")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "workspace_id", contextProperty = TenantContext.WORKSPACE_PROPERTY)
public class AiCall {

    @Id
    private UUID id;

    @Column(name = "user_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID userId;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String model;

    @Column(nullable = false)
    private String modality;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "input_chars", nullable = false)
    private int inputChars;

    @Column(name = "output_size", nullable = false)
    private int outputSize;

    @Column(nullable = false)
    private boolean succeeded;

    private String error;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    protected AiCall() {
    }

    AiCall(Attribution who, CatalogModel model, int inputChars, int outputSize, String error, Instant startedAt,
            Instant finishedAt) {
        this.id = UUID.randomUUID();
        this.userId = who.userId();
        this.provider = model.provider();
        this.model = model.model();
        this.modality = model.modality().code();
        this.purpose = who.purpose();
        this.inputChars = inputChars;
        this.outputSize = outputSize;
        this.succeeded = error == null;
        this.error = error;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    public String getProvider() {
        return provider;
    }

    public String getModel() {
        return model;
    }

    public boolean isSucceeded() {
        return succeeded;
    }
}
