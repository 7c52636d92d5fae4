package se.psi.testkit.services;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (class or method) that needs the RabbitMQ broker at {@link RabbitMqCondition#host()}:
 * {@link RabbitMqCondition#port()} (default 127.0.0.1:5672, set {@code PSI_TEST_RABBITMQ_HOST} /
 * {@code PSI_TEST_RABBITMQ_PORT} to change). Skipped with the reason when the broker does not answer; failed instead
 * when the system property {@code psi.requireServices} is {@code true}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RabbitMqCondition.class)
public @interface RequiresRabbitMq {}
