package com.mitpo.billing.web;

import com.mitpo.billing.boundary.Credits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The balance in the top bar, read once per request. */
@Named
@RequestScoped
public class CreditBalance {

    @Inject
    Credits credits;

    private Integer value;

    public int getValue() {
        if (value == null) {
            value = credits.balance();
        }
        return value;
    }
}
