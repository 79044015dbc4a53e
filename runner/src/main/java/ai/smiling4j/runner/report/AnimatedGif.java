package ai.smiling4j.runner.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame (frames are not held in memory), looping forever. Each
 * frame gets its own palette of up to 256 colours ({@link Palette}). The file appears complete or not at
 * all: frames go to a temporary file beside the target, moved over it by {@link #finish()}.
 */
public final class AnimatedGif implements AutoCloseable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    /** Browsers play GIF frame delays under 2/100 s as 1/10 s. */
    public static final double SHORTEST_FRAME = 0.02;

    private final Path target;
    private final Path temporary;
    private final int width;
    private final int height;
    private final int delay;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private int frames;
    private boolean open = true;

    private AnimatedGif(Path target, Path temporary, int width, int height, int delay, ImageWriter writer,
                        ImageOutputStream out) {
        this.target = target;
        this.temporary = temporary;
        this.width = width;
        this.height = height;
        this.delay = delay;
        this.writer = writer;
        this.out = out;
    }

    /**
     * Starts a GIF of {@code width} x {@code height} frames shown for {@code secondsPerFrame}
     * each (rounded to the format's 1/100 s, at least {@value #SHORTEST_FRAME} s).
     */
    public static AnimatedGif create(Path target, int width, int height, double secondsPerFrame) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no GIF writer");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // a plain new file (created with the user's umask), not createTempFile's owner-only one
        Path temporary = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        ImageWriter writer = writers.next();
        ImageOutputStream out = ImageIO.createImageOutputStream(temporary.toFile());
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
        int delay = (int) Math.max(Math.round(SHORTEST_FRAME * 100), Math.round(secondsPerFrame * 100));
        return new AnimatedGif(target, temporary, width, height, delay, writer, out);
    }

    /** Frame delay in 1/100 s. */
    public int delayCentiseconds() {
        return delay;
    }

    /** Appends a frame: {@code width * height} RGB pixels, row by row from the top. */
    public void add(byte[] rgb) {
        if (!open) {
            throw new IllegalStateException("the GIF " + target + " is already finished");
        }
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("a frame of " + width + " x " + height + " RGB pixels has "
                    + width * height * 3 + " bytes, not " + rgb.length);
        }
        BufferedImage image = Palette.indexed(rgb, width, height);
        try {
            writer.writeToSequence(new IIOImage(image, null, metadata(image, frames == 0)), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        frames++;
    }

    /** Frames added so far. */
    public int frames() {
        return frames;
    }

    private IIOMetadata metadata(BufferedImage image, boolean first) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        // the default tree carries a stand-in colour table that would replace the frame's palette
        root.removeChild(child(root, "LocalColorTable"));
        // the JDK's writer interlaces by default, and its reader mangles interlaced frames under 8 rows
        child(root, "ImageDescriptor").setAttribute("interlaceFlag", "FALSE");
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // the NETSCAPE2.0 extension: loop count 0, forever
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    /** Ends the GIF and moves it over the target. */
    public void finish() throws IOException {
        if (frames == 0) {
            throw new IllegalStateException("the GIF " + target + " has no frames");
        }
        writer.endWriteSequence();
        release();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void release() throws IOException {
        if (open) {
            open = false;
            writer.dispose();
            out.close();
        }
    }

    /** Drops an unfinished GIF; after {@link #finish()}, does nothing. */
    @Override
    public void close() throws IOException {
        release();
        Files.deleteIfExists(temporary);
    }
}
