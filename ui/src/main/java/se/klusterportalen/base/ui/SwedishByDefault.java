package se.klusterportalen.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every new session speaks Swedish until the user picks English in the header. */
@Component
class SwedishByDefault implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(MessagesI18NProvider.SWEDISH));
    }
}
