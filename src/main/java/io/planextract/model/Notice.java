package io.planextract.model;

/** The fields of the notice itself; each is null where the notice lacks it. */
public record Notice(
        String issuer,
        String docNumber,
        String title,
        String date,
        String addressees,
        String cc,
        Integer planYear) {
}
