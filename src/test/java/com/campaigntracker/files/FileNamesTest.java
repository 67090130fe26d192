package com.campaigntracker.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keeps_the_last_part_without_what_a_file_system_refuses_or_hides() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\小张\\主视觉 v2.png")).isEqualTo("主视觉 v2.png");
        assertThat(FileNames.sanitise("a<b>:c|d?.png")).isEqualTo("a_b__c_d_.png");
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitise("  报价单.xlsx. ")).isEqualTo("报价单.xlsx");
        assertThat(FileNames.sanitise("CON.txt")).isEqualTo("_CON.txt");
        assertThat(FileNames.sanitise("tab\there\nnewline.pdf")).isEqualTo("tab here newline.pdf");
        assertThat(FileNames.sanitise("invoice\u202Egnp.exe")).as("no bidi override").isEqualTo("invoicegnp.exe");
        assertThat(FileNames.sanitise("/")).isNull();
        assertThat(FileNames.sanitise("...")).isNull();
        assertThat(FileNames.sanitise(null)).isNull();
    }

    @Test
    void a_long_name_is_cut_keeping_its_extension() {
        String cut = FileNames.sanitise("长".repeat(300) + ".pptx");
        assertThat(cut).endsWith(".pptx");
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(FileNames.MAX);
    }
}
