package com.campaigntracker.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.WebClient;
import com.campaigntracker.files.TaskFileService.FileLine;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.TranslatableException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who uploads and who reads a task's files, versions by name, the size limit while streaming, types from bytes. */
class FilesIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 4, 5);

    @Autowired
    TaskFileService files;
    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.campaigntracker.plan.ItemDeletionService deletions;
    @LocalServerPort
    int port;

    private Person manager;
    private Person owner;
    private Person member;
    private Person outsider;
    private long taskId;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void plan(String prefix) {
        manager = fixtures.manager(prefix + "-m", "文件经理");
        owner = fixtures.member(prefix + "-r", "做设计的人");
        member = fixtures.member(prefix + "-o", "别的任务的人");
        outsider = fixtures.member(prefix + "-x", "项目外的人");
        long projectId = fixtures.project(manager, "文件项目", MON).phase("阶段").module("模块")
                .task("主视觉设计", owner, MON, MON.plusDays(4))
                .task("投放排期", member, MON, MON.plusDays(2)).create();
        SignIn.as(users, manager.getUsername());
        taskId = projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals("主视觉设计")).mapToLong(WorkItemRow::id).findFirst().orElseThrow();
    }

    @Test
    void the_R_and_the_manager_upload_versions_by_name_others_of_the_project_read_and_an_outsider_gets_nothing()
            throws IOException {
        plan("files-who");
        SignIn.as(users, owner.getUsername());
        byte[] first = png(10);
        FileLine v1 = files.upload(taskId, "主KV.png", new ByteArrayInputStream(first));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.preview()).isTrue();
        assertThat(v1.contentType()).isEqualTo("image/png");
        assertThat(v1.sha256()).isEqualTo(sha256(first));
        SignIn.as(users, manager.getUsername());
        FileLine v2 = files.upload(taskId, "主KV.png", new ByteArrayInputStream(png(20)));
        assertThat(v2.version()).isEqualTo(2);

        SignIn.as(users, member.getUsername()); // sees the project, is not this task's R
        assertThat(files.ofTask(taskId)).extracting(FileLine::name, FileLine::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("主KV.png", 2),
                        org.assertj.core.groups.Tuple.tuple("主KV.png", 1));
        assertThat(files.mayUpload(taskId)).isFalse();
        assertThatThrownBy(() -> files.upload(taskId, "x.png", new ByteArrayInputStream(png(5))))
                .isInstanceOf(AccessDeniedException.class);
        try (InputStream in = files.download(v1.id()).orElseThrow().bytes()) {
            assertThat(in.readAllBytes()).isEqualTo(first);
        }

        SignIn.as(users, outsider.getUsername());
        assertThat(files.ofTask(taskId)).isEmpty();
        assertThat(files.download(v1.id())).isEmpty();
        assertThatThrownBy(() -> files.upload(taskId, "x.png", new ByteArrayInputStream(png(5))))
                .isInstanceOf(TranslatableException.class).hasMessageContaining("files.error.taskGone");

        // by URL: the outsider gets what a missing file gets; a member of the project gets the bytes
        WebClient stranger = new WebClient(port);
        stranger.signIn(outsider.getUsername(), Fixtures.PASSWORD);
        assertThat(stranger.get("/files/" + v1.id()).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/files/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
        WebClient colleague = new WebClient(port);
        colleague.signIn(member.getUsername(), Fixtures.PASSWORD);
        HttpResponse<byte[]> got = colleague.getBytes("/files/" + v1.id() + "?inline=true");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(first);
        assertThat(got.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(got.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");
        assertThat(got.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new WebClient(port).get("/files/" + v1.id()).statusCode()).as("not signed in: to the login")
                .isIn(302, 401, 403);
    }

    @Test
    void a_file_over_the_limit_is_refused_while_it_streams_and_leaves_nothing_behind() {
        plan("files-limit");
        SignIn.as(users, owner.getUsername());
        long chunks = count("file_chunk");
        long rows = count("task_file");
        CountingStream endless = new CountingStream(200L * 1024 * 1024);
        assertThatThrownBy(() -> files.upload(taskId, "太大了.zip", endless))
                .isInstanceOf(TranslatableException.class).hasMessageContaining("files.error.tooLarge");
        assertThat(endless.read).as("stopped reading just past the limit, not at the end")
                .isLessThanOrEqualTo(files.maxBytes() + 128 * 1024);
        assertThat(count("file_chunk")).isEqualTo(chunks);
        assertThat(count("task_file")).isEqualTo(rows);
    }

    @Test
    void the_type_comes_from_the_bytes_a_program_is_refused_and_an_svg_or_unknown_bytes_are_never_shown_inline()
            throws IOException {
        plan("files-type");
        SignIn.as(users, owner.getUsername());
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(), 0, exe, 0x80, 4);
        assertThatThrownBy(() -> files.upload(taskId, "海报.png", new ByteArrayInputStream(exe)))
                .isInstanceOf(TranslatableException.class).hasMessageContaining("files.error.program");

        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        FileLine fake = files.upload(taskId, "看着像图.png", new ByteArrayInputStream(noise));
        assertThat(fake.preview()).as("a name does not make bytes an image").isFalse();
        assertThat(fake.contentType()).isNotEqualTo("image/png");

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
        FileLine vector = files.upload(taskId, "logo.svg", new ByteArrayInputStream(svg));
        assertThat(vector.contentType()).isEqualTo("image/svg+xml");
        assertThat(vector.preview()).isFalse();

        FileLine pdf = files.upload(taskId, "brief.pdf", new ByteArrayInputStream(
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()));
        assertThat(pdf.preview()).isTrue();
        assertThat(pdf.contentType()).isEqualTo("application/pdf");

        WebClient browser = new WebClient(port);
        browser.signIn(owner.getUsername(), Fixtures.PASSWORD);
        for (FileLine never : java.util.List.of(vector, fake)) {
            HttpResponse<byte[]> got = browser.getBytes("/files/" + never.id() + "?inline=true");
            assertThat(got.statusCode()).isEqualTo(200);
            assertThat(got.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertThat(got.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
            assertThat(got.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(browser.getBytes("/files/" + pdf.id() + "?inline=true").headers().firstValue("Content-Type"))
                .hasValue("application/pdf");
        assertThatThrownBy(() -> files.upload(taskId, "../", new ByteArrayInputStream(svg)))
                .isInstanceOf(TranslatableException.class).hasMessageContaining("files.error.name");
    }

    @Test
    void a_deleted_task_keeps_its_files_until_the_project_is_archived() throws IOException {
        plan("files-deleted");
        SignIn.as(users, owner.getUsername());
        FileLine kept = files.upload(taskId, "定稿.png", new ByteArrayInputStream(png(8)));
        SignIn.as(users, manager.getUsername());
        long projectId = projectId(taskId);
        WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.id() == taskId).findFirst().orElseThrow();
        deletions.delete(taskId, task.version());

        SignIn.as(users, member.getUsername());
        assertThat(files.ofTask(taskId)).extracting(FileLine::id).containsExactly(kept.id());
        assertThat(files.download(kept.id())).isPresent();
        SignIn.as(users, outsider.getUsername());
        assertThat(files.ofTask(taskId)).isEmpty();

        SignIn.as(users, manager.getUsername()); // what archiving does once the frozen table lists them
        assertThat(files.releaseFilesOfDeletedTasks(projectId)).isEqualTo(1);
        assertThat(files.ofTask(taskId)).isEmpty();
        assertThat(files.download(kept.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from file_chunk f join task_file t using (storage_key)"
                + " where t.work_item_id = ?", Long.class, taskId)).isZero();
    }

    private long projectId(long itemId) {
        return jdbc.queryForObject("select project_id from work_item where id = ?", Long.class, itemId);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zeros up to {@code length}, counting what was read: an upload that would never end on its own. */
    static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return read < length ? (int) (++read & 0) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            read += n;
            return n;
        }
    }
}
