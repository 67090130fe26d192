package com.campaigntracker.files;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ItemRef;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * A task's deliverable files. Whoever may see the project reads them; the task's R and the project's
 * manager upload. Each upload of a name is its next version. An upload is read once, as it arrives:
 * counted (refused past {@code app.files.max-size} without reading further), hashed (SHA-256) and then
 * typed by its bytes; it lands whole or not at all.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TaskFileService {

    /** One version of a file as lists show it; {@code preview}: its bytes are an image or a PDF. */
    public record FileLine(long id, long itemId, String itemName, String name, int version, long size,
                           String contentType, boolean preview, String uploadedBy, Instant uploadedAt, String sha256) {
    }

    /** A file to send: its name and type as served, and its bytes. */
    public record Download(String name, String contentType, boolean preview, long size, String sha256,
                           InputStream bytes) {
    }

    private final StoredFiles files;
    private final FileStore store;
    private final Map<String, FileStore> stores;
    private final ProgressService items;
    private final ProjectService projects;
    private final PeopleService people;
    private final Clock clock;
    private final long maxBytes;
    private final TransactionTemplate transactions;

    TaskFileService(StoredFiles files, List<FileStore> stores, @Value("${app.files.store:database}") String storeKind,
                    ProgressService items, ProjectService projects,
                    PeopleService people, Clock clock, @Value("${app.files.max-size:50MB}") DataSize maxSize,
                    PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.files = files;
        this.stores = stores.stream().collect(java.util.stream.Collectors.toMap(FileStore::kind, s -> s));
        this.store = this.stores.get(storeKind);
        if (store == null) {
            throw new IllegalStateException("app.files.store=" + storeKind + ": no such file store (database or s3)");
        }
        this.items = items;
        this.projects = projects;
        this.people = people;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest file taken, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The task's files by name, newest version first; empty when the task is not mine to see. */
    @Transactional(readOnly = true)
    public List<FileLine> ofTask(long itemId) {
        Optional<ItemRef> item = items.item(itemId);
        List<StoredFile> found = files.ofItem(itemId);
        if (item.isEmpty() && (found.isEmpty() || !projects.isVisible(found.get(0).projectId()))) {
            return List.of(); // a deleted task's files stay readable in its project until the project is archived
        }
        return lines(found);
    }

    /** Every file of the project, task by task; empty when the project is not mine to see. */
    @Transactional(readOnly = true)
    public List<FileLine> ofProject(long projectId) {
        return projects.isVisible(projectId) ? lines(files.ofProject(projectId)) : List.of();
    }

    /** Whether I may upload to the task: its R, the project's manager or an administrator. */
    @Transactional(readOnly = true)
    public boolean mayUpload(long itemId) {
        return items.item(itemId).map(this::mayUpload).orElse(false);
    }

    /**
     * Stores the upload as the next version of its name on the task. The bytes are received before any
     * transaction starts (a slow upload holds no connection); storing them and their row is one transaction.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FileLine upload(long itemId, String sentName, InputStream in) {
        ItemRef item = items.item(itemId).orElseThrow(() -> new TranslatableException("files.error.taskGone"));
        if (!mayUpload(item)) {
            throw new AccessDeniedException("Only the task's R or the project's manager uploads its files");
        }
        String name = FileNames.sanitise(sentName);
        if (name == null) {
            throw new TranslatableException("files.error.name");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("ct-file-", ".part");
            Received received = receive(in, temp, name);
            ContentTypes.Detected type = ContentTypes.of(temp, name);
            if (type.refused()) {
                throw new TranslatableException("files.error.program", name);
            }
            Path bytes = temp;
            long id = transactions.execute(status -> store(item, name, received, type, bytes));
            return lines(List.of(files.byId(id).orElseThrow())).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + name + " could not be stored", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) { // the temporary directory is cleaned by the system too
                }
            }
        }
    }

    /**
     * The file's bytes for whoever may see its project, checked on every request; empty when the file does
     * not exist or is not mine to see (the two are not told apart).
     */
    @Transactional(readOnly = true)
    public Optional<Download> download(long fileId) {
        Optional<StoredFile> found = files.byId(fileId).filter(f -> projects.isVisible(f.projectId()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredFile f = found.get();
        try {
            return Optional.of(new Download(f.name(), f.contentType(), f.preview(), f.size(), f.sha256(),
                    storeOf(f).open(f.storageKey())));
        } catch (IOException e) {
            throw new UncheckedIOException("The bytes of file " + fileId + " are not in the store", e);
        }
    }

    private long store(ItemRef item, String name, Received received, ContentTypes.Detected type, Path bytes) {
        String key = UUID.randomUUID().toString().replace("-", "");
        StoredFile file = new StoredFile(0, item.projectId(), item.id(), item.name(), name,
                files.nextVersion(item.id(), name), received.size(), received.sha256(), type.type(),
                type.preview(), store.kind(), key, CurrentUser.require().personId(), clock.instant());
        try {
            store.put(key, bytes, received.size());
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + name + " could not be stored", e);
        }
        return files.insert(file);
    }

    /**
     * When the project is archived, the files of its tasks deleted since are let go (the archive's frozen
     * table keeps their names and SHA-256); the manager's act. Returns how many versions went.
     */
    public int releaseFilesOfDeletedTasks(long projectId) {
        projects.requireManaging(projectId);
        List<StoredFile> gone = files.ofDeletedItems(projectId);
        for (StoredFile f : gone) {
            files.delete(f.id());
            storeOf(f).delete(f.storageKey());
        }
        return gone.size();
    }

    /** Where the file's bytes went when it was uploaded (the configured store may have changed since). */
    private FileStore storeOf(StoredFile f) {
        FileStore where = stores.get(f.store());
        if (where == null) {
            throw new IllegalStateException("File " + f.id() + " is in the " + f.store() + " store, which is not configured");
        }
        return where;
    }

    private boolean mayUpload(ItemRef item) {
        Long me = CurrentUser.require().personId();
        return me.equals(item.ownerId()) || CurrentUser.hasRole("ADMIN") || projects.isManagedByMe(item.projectId());
    }

    private record Received(long size, String sha256) {
    }

    /** Copies the upload into {@code temp}, hashing it, and stops reading the moment it passes the limit. */
    private Received receive(InputStream in, Path temp, String name) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new TranslatableException("files.error.tooLarge", name, FileSizes.text(maxBytes, Locale.ROOT));
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new TranslatableException("files.error.empty", name);
        }
        return new Received(total, HexFormat.of().formatHex(sha.digest()));
    }

    private List<FileLine> lines(List<StoredFile> found) {
        Map<Long, String> names = people.displayNames(found.stream().map(StoredFile::uploadedById).toList());
        return found.stream().map(f -> new FileLine(f.id(), f.itemId(), f.itemName(), f.name(), f.version(), f.size(),
                f.contentType(), f.preview(), names.get(f.uploadedById()), f.uploadedAt(), f.sha256())).toList();
    }
}
