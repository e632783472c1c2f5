package org.scrutineer.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text variables of any length, through every door. The engine keeps a string variable in a 4,000-character
 * column (on H2 and PostgreSQL alike, runtime and history), so a longer progress narrative, comment or letter title
 * failed at the commit with a 500. A longer string is kept in the variable's byte array instead, and is read back as
 * the same string: Tasklist, the REST API and our listeners still see a {@code String} variable.
 */
@Component
class LongTextVariables extends AbstractProcessEnginePlugin {

    /** The engine's text column, in characters. */
    static final int TEXT_COLUMN = 4000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        serializers.add(0, new LongStringSerializer());
        configuration.setCustomPreVariableSerializers(serializers);
        configuration.setHistoryEventProducer(new FormPropertiesWithinTheColumn());
    }

    /**
     * A form submitted through Tasklist ({@code submit-form}) is also kept in history as one text per field, in the
     * same 4,000-character column, which no serializer reaches. That record keeps the field's first 4,000
     * characters; the variable's own history keeps it whole.
     */
    static class FormPropertiesWithinTheColumn extends CacheAwareHistoryEventProducer {
        @Override
        public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
                                                        String propertyValue, String taskId) {
            String kept = propertyValue != null && propertyValue.length() > TEXT_COLUMN
                    ? propertyValue.substring(0, TEXT_COLUMN) : propertyValue;
            return super.createFormPropertyUpdateEvt(execution, propertyId, kept, taskId);
        }
    }

    /** Chosen before the engine's own string serializer, for strings its column cannot hold. */
    static class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

        static final String NAME = "longString";

        LongStringSerializer() {
            super(ValueType.STRING);
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        protected boolean canWriteValue(TypedValue value) {
            return value.getValue() instanceof String text && text.length() > TEXT_COLUMN;
        }

        @Override
        public StringValue convertToTypedValue(UntypedValueImpl untyped) {
            return Variables.stringValue((String) untyped.getValue(), untyped.isTransient());
        }

        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public StringValue readValue(ValueFields fields, boolean asTransientValue) {
            byte[] bytes = fields.getByteArrayValue();
            return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8),
                    asTransientValue);
        }
    }
}
