package io.planextract.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Makes realistic notices with varied layouts and sizes from a seed, so a corpus is the same on every run. */
public final class NoticeFactory {
    private static final String[] COUNTIES = {"周村区", "临淄区", "淮阴区", "汶上县", "张店区", "博山区", "淄川区",
        "高青县", "沂源县", "桓台县"};
    private static final String[] UNITS = {"区政府办公室", "区发展改革局", "区教育和体育局", "区公安分局", "区民政局",
        "区司法局", "区财政局", "区人力资源社会保障局", "区自然资源局", "区住房城乡建设局", "区交通运输局", "区水利局",
        "区农业农村局", "区商务局", "区文化和旅游局", "区卫生健康局", "区应急局", "区市场监管局", "区医保局",
        "区大数据中心", "各镇政府、街道办事处", "区政府各部门、单位"};
    private static final String[] SECTIONS = {"坚守标准导向，全面推进政务公开规范提质", "强化数字赋能，全力助推政务公开提质增效",
        "围绕重点工作，更好发挥政务公开功能作用", "聚焦重点领域，深化主动公开", "加强平台建设，提升公开实效",
        "夯实工作基础，强化组织保障"};
    private static final String[] VERBS = {"完善", "优化", "规范", "加强", "推进", "落实", "健全", "提升", "深化", "做好"};
    private static final String[] OBJECTS = {"主动公开机制", "依申请公开办理", "政策解读回应", "公众参与实效", "政务公开专区建设",
        "政府网站集约化", "政务新媒体管理", "重大行政决策公开", "权责清单动态调整", "基层政务公开标准化", "信息发布审查",
        "政策集中发布窗口"};
    private static final String[] CLAUSES = {"持续优化完善主动公开事项目录", "建立动态调整更新机制", "明确审查机构，落实审查责任",
        "着力提高工作人员的专业能力和业务水平", "全面准确了解申请人需求，做好解答、指引和服务", "坚持政策解读与政策文件同步起草、同步审签、同步发布",
        "规范发布本地区政务服务事项", "加强运维监管，借助大数据手段提升服务水平", "及时回应社会关切", "按要求做好年度报告编制发布工作"};
    private static final String[] DEADLINES = {"长期坚持", "2025年6月底前", "2025年12月底前", "持续推进", "每季度", "2025年9月"};

    private final Random random;

    public NoticeFactory(long seed) {
        this.random = new Random(seed);
    }

    /** A notice of about {@code rows} task rows in one of three layouts. */
    public NoticeSpec notice(int rows) {
        String county = pick(COUNTIES);
        int year = 2021 + random.nextInt(5);
        String issuer = county + "人民政府办公室";
        String short1 = county.substring(0, 2);
        int layout = random.nextInt(3);
        List<String> header = switch (layout) {
            case 0 -> List.of("序号", "工作任务", "工作要求", "责任单位");
            case 1 -> List.of("序号", "工作任务", "具体要求", "责任单位", "完成时限");
            default -> List.of("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限");
        };
        List<NoticeSpec.Row> list = new ArrayList<>(rows);
        String section = null;
        for (int i = 1; i <= rows; i++) {
            boolean newSection = i == 1 || random.nextInt(8) == 0;
            if (newSection) {
                section = pick(SECTIONS);
            }
            String task = pick(VERBS) + pick(OBJECTS);
            String requirement = sentence(1 + random.nextInt(3));
            String units = units();
            List<String> cells = switch (layout) {
                case 0 -> List.of(task, requirement, units);
                case 1 -> List.of(task, requirement, units, pick(DEADLINES));
                default -> List.of(task, requirement, pick(UNITS), random.nextBoolean() ? units : "",
                        pick(DEADLINES));
            };
            list.add(new NoticeSpec.Row(i, newSection ? section : null, cells));
        }
        String title = "关于印发" + year + "年" + county + "政务公开工作任务分解表的通知";
        return new NoticeSpec(issuer, short1 + "政办字〔" + year + "〕" + (1 + random.nextInt(40)) + "号", title,
                year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日",
                "各镇政府、街道办事处，区政府各部门，有关单位", year + "年" + county + "政务公开工作任务分解表", header,
                layout == 0, list);
    }

    public Random random() {
        return random;
    }

    private String units() {
        int n = 1 + random.nextInt(3);
        StringBuilder b = new StringBuilder(pick(UNITS));
        for (int i = 1; i < n; i++) {
            b.append('、').append(pick(UNITS));
        }
        return b.toString();
    }

    private String sentence(int clauses) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < clauses; i++) {
            b.append(pick(CLAUSES)).append(i + 1 < clauses ? "，" : "。");
        }
        return b.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
