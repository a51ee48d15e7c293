package id.nttmart.catalog;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The picture a shared product link shows in WhatsApp or Facebook, which do not show SVG: 1200 x 630 PNG in the
 * category's colours with the placeholder's woven-diamond motif. Shapes only, no text (the link preview shows the
 * name and price beside it), so it needs no fonts on the server.
 */
final class ShareImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private ShareImage() {}

    static byte[] png(String category, String seed) {
        var palette = CategoryPalette.of(category);
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color ground = Color.decode(palette.background());
            g.setColor(ground);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(withAlpha(Color.decode(palette.motif()), 128));
            g.setStroke(new BasicStroke(6));
            int shift = Math.floorMod(seed.hashCode(), 80);
            for (int row = 0; row < 14; row++) {
                for (int col = 0; col < 19; col++) {
                    int x = col * 70 + (row % 2) * 35 - shift;
                    int y = row * 48 + 20;
                    var diamond = new Path2D.Double();
                    diamond.moveTo(x, y - 18);
                    diamond.lineTo(x + 22, y);
                    diamond.lineTo(x, y + 18);
                    diamond.lineTo(x - 22, y);
                    diamond.closePath();
                    g.draw(diamond);
                }
            }
            g.setColor(withAlpha(ground, 235));
            g.fill(new Ellipse2D.Double(WIDTH / 2.0 - 220, HEIGHT / 2.0 - 220, 440, 440));
            g.setColor(Color.decode(palette.motif()));
            g.setStroke(new BasicStroke(10));
            g.draw(new Ellipse2D.Double(WIDTH / 2.0 - 150, HEIGHT / 2.0 - 150, 300, 300));
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }
}
