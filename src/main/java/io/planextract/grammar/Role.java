package io.planextract.grammar;

/** What a label says its value is (RULES §9). */
public enum Role {
    /** {@code 牵头…}, {@code 主办单位}, {@code 主责单位}: the units that lead. */
    LEAD,
    /** {@code 责任单位}, {@code 主要责任单位}, {@code 承办单位}, {@code 负责科室}, {@code 责任主体}: responsible; they lead
     *  when they stand beside {@link #SUPPORT} units and no {@link #LEAD} (RULES §2). */
    RESPONSIBLE,
    /** {@code 配合}, {@code 协同(责任)}, {@code (主要)协作}, {@code 协办}, {@code 参与}: responsible, helping. */
    SUPPORT,
    /** {@code 分管领导}, {@code 责任人}, {@code 联系人}…: a person, never a unit. */
    PERSON,
    /** {@code 完成时限}, {@code 时间节点}…: when, not who. */
    DEADLINE;

    /** True for the roles whose values are unit lists. */
    public boolean namesUnits() {
        return this == LEAD || this == RESPONSIBLE || this == SUPPORT;
    }
}
