package io.planextract.cli;
public class PlanExtractCommand { public static void main(String[] a) {} }
