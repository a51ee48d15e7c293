package id.nttmart.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.nttmart.security.BackOfficeAccess;
import id.nttmart.staff.OutletBroadcaster;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Connects a staff screen to the broadcaster while it is attached. A push arrives on another thread, which has no
 * signed-in user; the screen's refresh runs as the user who opened it, so the services check the same scope.
 */
final class StaffSession {

    private StaffSession() {}

    static void listen(Component screen, BackOfficeAccess access, OutletBroadcaster broadcaster, Runnable onQueued) {
        screen.addAttachListener(attach -> {
            UI ui = attach.getUI();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            Runnable unregister = broadcaster.register(access.outlets(), outlets -> ui.access(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(context);
                try {
                    onQueued.run();
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            }));
            screen.addDetachListener(detach -> {
                unregister.run();
                detach.unregisterListener();
            });
        });
    }
}
