package id.nttmart.platform.embedded;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.ZipFile;

/** Unpacking the Elasticsearch distribution, which holds one top folder such as {@code elasticsearch-8.19.21/}. */
final class Zip {

    private static final String MARKER = ".unpacked-from";

    private Zip() {}

    /** Unpacks the zip's top folder into {@code target}, unless the same zip was unpacked there already. */
    static void unpackOnce(Path zip, Path target) throws IOException {
        String stamp = zip.getFileName() + ":" + Files.size(zip);
        Path marker = target.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker).equals(stamp)) {
            return;
        }
        deleteTree(target);
        Path staging = Files.createDirectories(target.resolveSibling(target.getFileName() + ".unpacking"));
        deleteTree(staging);
        try (var file = new ZipFile(zip.toFile())) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                String inner = slash < 0 ? name : name.substring(slash + 1);
                if (inner.isEmpty()) {
                    continue;
                }
                Path out = staging.resolve(inner).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("Unsafe path in " + zip + ": " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (var in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (inner.startsWith("bin/") || inner.contains("/bin/")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        Files.writeString(staging.resolve(MARKER), stamp);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
