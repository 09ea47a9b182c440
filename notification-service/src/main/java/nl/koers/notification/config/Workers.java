package nl.koers.notification.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.koers.notification.mail.Delivery;
import nl.koers.notification.mail.MailQueue;
import nl.koers.notification.mail.ReminderRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The background work of an instance: {@code senders} threads that send what is due (woken by new mails, else
 * every {@code poll}) and one that sends due reminders every {@code reminderPoll}. Safe with any number of
 * instances: every mail and every reminder is claimed with an atomic update. A failure (the database away) is
 * logged and the loop goes on after a pause; nothing is lost, since all state is in the database.
 */
class Workers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Workers.class);

    private final Delivery delivery;
    private final ReminderRound reminders;
    private final MailQueue queue;
    private final NotificationProperties properties;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    Workers(Delivery delivery, ReminderRound reminders, MailQueue queue, NotificationProperties properties) {
        this.delivery = delivery;
        this.reminders = reminders;
        this.queue = queue;
        this.properties = properties;
    }

    private void send() {
        while (running) {
            try {
                if (delivery.sendDue() == 0) {
                    queue.await(properties.poll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Sending mails failed for now: {}", e.getMessage(), e);
                pause(properties.poll());
            }
        }
    }

    private void remind() {
        while (running) {
            try {
                reminders.sendDue();
            } catch (RuntimeException e) {
                log.warn("Sending reminders failed for now: {}", e.getMessage(), e);
            }
            pause(properties.reminderPoll());
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int n = 1; n <= Math.max(1, properties.senders()); n++) {
            threads.add(start(this::send, "mail-sender-" + n));
        }
        threads.add(start(this::remind, "reminder-scheduler"));
    }

    private static Thread start(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
